import { axeMatrix } from './matrix';

// Every story in the pseudo-locale (en-XA), light and dark, under axe.
axeMatrix('en-XA');
