import { axeMatrix } from './matrix';

// Every story in ja, light and dark, under axe.
axeMatrix('ja');
