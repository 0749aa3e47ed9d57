// Decap CMS's own formatters, used to write content the way the editor writes it (content-format.ts).
declare module 'decap-cms-core/dist/esm/formats/frontmatter.js' {
  export function frontmatterYAML(): {
    fromFile(text: string): Record<string, unknown>;
    toFile(data: Record<string, unknown>, sortedKeys: string[], comments: Record<string, string>): string;
  };
}
declare module 'decap-cms-core/dist/esm/formats/yaml.js' {
  const yaml: {
    fromFile(text: string): Record<string, unknown>;
    toFile(data: Record<string, unknown>, sortedKeys: string[], comments: Record<string, string>): string;
  };
  export default yaml;
}
declare module 'decap-cms-locales/dist/esm/fr/index.js' {
  const phrases: Record<string, unknown>;
  export default phrases;
}
