import type { ContentFile } from '../../../src/check/types.ts';

/** An entry file as a contributor would write it. */
export function entryFile(name: string, fields: Record<string, string>, body: string): ContentFile {
  const frontmatter = Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n');
  return { name, path: `content/papers/${name}`, text: `---\n${frontmatter}\n---\n\n${body}\n` };
}

export const ABSTRACT_A =
  'Geometric deep learning has made striking progress with continuous deep implicit fields. They model watertight surfaces of arbitrary topology without a Euclidean grid. Converting them to meshes relies on Marching Cubes, which cannot be differentiated. We introduce a differentiable way to produce explicit surface meshes.';
export const ABSTRACT_B =
  'Low-rank adaptation freezes the pretrained weights and trains small rank decomposition matrices in each layer. It cuts the number of trainable parameters by ten thousand times and the memory by three times while matching full fine-tuning on language benchmarks.';
