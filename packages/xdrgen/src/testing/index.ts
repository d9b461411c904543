export type { XdrArmDescription, XdrFieldDescription, XdrTypeDescription } from './description.js';
export { XdrArbitraries, type XdrArbitraryOptions } from './arbitraries.js';
