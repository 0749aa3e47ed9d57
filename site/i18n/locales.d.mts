export declare const locales: string[];
export declare const defaultLocale: string;
