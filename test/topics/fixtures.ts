import type { Topic } from '../../src/topics/types.ts';

/** A small hand-made vocabulary covering the matching rules the tests pin. */
export function topic(slug: string, aliases: string[], extra: Partial<Topic> = {}): Topic {
  return { slug, name: slug.replace(/-/g, ' '), description: `Papers about ${slug}.`, aliases, patterns: [], ...extra };
}

export const VOCABULARY: Topic[] = [
  topic('peft', ['parameter-efficient fine-tuning', 'PEFT']),
  topic('lora', ['LoRA', 'low-rank adaptation'], { parent: 'peft' }),
  topic('nerf', ['NeRF', 'neural radiance field']),
  topic('ssm', ['SSM', 'state space model']),
  topic('gnn', ['GNN', 'graph neural network'], { titleAliases: ['graph'] }),
  topic('moe', ['MoE', 'mixture of experts']),
  topic('mup', ['muP', 'maximal update parametrization']),
  topic('rl', ['RL', 'reinforcement learning']),
  topic('alignment', ['reinforcement learning from human feedback', 'RLHF']),
  topic('overparameterization', ['over-parameterized', 'overparameterization']),
  topic('convolution', ['convolution']),
  topic('inr', ['INR', 'implicit neural representation']),
  topic('pruning', ['pruning'], { patterns: ['\\bcompress\\w*\\s+(the\\s+)?networks?\\b'] }),
];
