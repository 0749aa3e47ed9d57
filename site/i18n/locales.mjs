// Shared by astro.config.mjs and the site: French first, English second.
export const locales = ['fr', 'en'];
export const defaultLocale = 'fr';
