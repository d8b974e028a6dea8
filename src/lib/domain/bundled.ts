/** Framework definitions shipped with the app (validated again at build time by the tests). */
import fraHrc from '$frameworks/fra-hrc/framework.json';
import { Framework } from './framework';

export const bundledFrameworks: Framework[] = [Framework.parse(fraHrc)];

/** The framework new assessments use by default: the newest bundled FRA definition. */
export const defaultFramework: Framework = bundledFrameworks[0]!;
