import { axeMatrix } from './matrix';

// Every story in ar, light and dark, under axe.
axeMatrix('ar');
