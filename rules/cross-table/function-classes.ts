/** Function classes by the words of a summary line's label: kept with the classification in the model. */
export { classOfLabel } from '../../src/model/function-classes.js';
