// The rule lives in shared/ because the contract's schemas apply it where URLs come in.
export { httpUrl } from '../../shared/urls.js';
