import type { APIRoute, GetStaticPaths } from 'astro';
import { allArtifacts, type Artifact } from '../../../lib/artifacts';

// Every design's default and preset files, written as static files at build time.
export const getStaticPaths = (async () =>
  (await allArtifacts()).map((a) => ({ params: { slug: a.slug, file: a.fileName }, props: { artifact: a } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ artifact: Artifact }> = ({ props }) =>
  new Response(props.artifact.bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': props.artifact.mime } });
