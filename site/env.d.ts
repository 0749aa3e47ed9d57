/// <reference types="astro/client" />

// What a guide page hands to the <Step> blocks of its MDX text (site/components/guides/).
declare namespace App {
  interface Locals {
    guideSteps?: import('./components/guides/stepFigures').GuideSteps;
  }
}
