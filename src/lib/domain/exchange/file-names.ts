/** File names live with every other file name the app writes: ../file-names.ts. */
export { exportFileName, slug } from '../file-names';
