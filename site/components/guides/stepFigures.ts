// The figures a guide page's <Step> blocks draw: set by GuidePage on Astro.locals before its MDX
// text renders, since MDX components receive only the props written in the text.
import type { AssemblyFigureSpec, PatternDesign } from '../../../designs/_kit/pattern';
import type { Lang } from '../../i18n';

export interface GuideSteps {
  /** The guide's French file, named in errors. */
  file: string;
  design: PatternDesign;
  size: string;
  figures: AssemblyFigureSpec[];
  lang: Lang;
}
