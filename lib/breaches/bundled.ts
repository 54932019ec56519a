// The catalogue shipped with the extension (built by scripts/data/breaches.mjs). The build validates its input and
// a unit test runs the file through parseCatalogue, so the cast here is checked where it matters.
import data from './data/catalogue.json';
import type { BreachCatalogue } from './types';

export const BUNDLED_CATALOGUE = data as unknown as BreachCatalogue;
