import { axeMatrix } from './matrix';

// Every story in en, light and dark, under axe.
axeMatrix('en');
