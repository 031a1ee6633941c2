import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { benchmarkCode, parallelSetupCode, pyNumber, quantisationCode } from '../../src/lib/code-samples';
import { modelOf, realData } from './helpers';

const data = realData();
const na = { na: { en: 'The article gives no figure', zh: '文章未给出' } };

describe('pyNumber', () => {
  it('writes Python literals', () => {
    expect(pyNumber(2e-5)).toBe('2e-5');
    expect(pyNumber(0.9)).toBe('0.9');
    expect(pyNumber(0)).toBe('0');
    expect(pyNumber(32)).toBe('32');
  });
});

describe('parallelSetupCode', () => {
  it('uses DeepSeek’s degrees and optimiser settings', () => {
    const sample = parallelSetupCode(data)!;
    expect(sample.model).toBe('deepseek');
    expect(sample.code).toContain('DATA, TENSOR, PIPELINE, EXPERT = 32, 8, 4, 2');
    expect(sample.code).toContain('lr=2e-5,');
    expect(sample.code).toContain('betas=(0.9, 0.98),');
    expect(sample.code).toContain("# Degrees from the article's DeepSeek figures.");
    expect(sample.code).toContain('overlaps the backward pass');
  });

  it('follows the data: another model with the figures, no overlap note, or no model at all', () => {
    const changed = realData();
    const deepseek = modelOf(changed, 'deepseek');
    deepseek.figures['overlap-communication'] = false;
    expect(parallelSetupCode(changed)!.code).not.toContain('overlaps the backward pass');
    deepseek.figures['parallel-expert'] = na;
    expect(parallelSetupCode(changed)).toBeUndefined();
    Object.assign(modelOf(changed, 'gpt-4').figures, { 'parallel-data': 64, 'parallel-tensor': 8, 'parallel-pipeline': 16, 'parallel-expert': 8, 'learning-rate': 1e-4, 'adam-beta1': 0.9, 'adam-beta2': 0.95 });
    const sample = parallelSetupCode(changed)!;
    expect(sample.model).toBe('gpt-4');
    expect(sample.code).toContain('DATA, TENSOR, PIPELINE, EXPERT = 64, 8, 16, 8');
    expect(sample.code).toContain('lr=1e-4,');
  });
});

describe('benchmarkCode', () => {
  it('uses the settings of benchmark.yaml', () => {
    const code = benchmarkCode(data);
    expect(code).toContain('warm = random_prompts(2, 512)');
    expect(code).toContain('max_new_tokens=128, do_sample=False');
    expect(code).toContain('prompts = random_prompts(8, 4096)');
    expect(code).toContain('max_new_tokens=2048,');
    expect(code).toContain('min_new_tokens=2048,');
    expect(code).toContain('on A100 80GB.');
  });

  it('changes with benchmark.yaml', () => {
    const changed = realData();
    changed.benchmark.run = { batchSize: 16, inputLength: 1024, maxLength: 256 };
    const code = benchmarkCode(changed);
    expect(code).toContain('prompts = random_prompts(16, 1024)');
    expect(code).toContain('max_new_tokens=256,');
  });
});

describe('quantisationCode', () => {
  it('uses DeepSeek’s 4-bit, group-128 example with activation quantisation', () => {
    const sample = quantisationCode(data)!;
    expect(sample.model).toBe('deepseek');
    expect(sample.code).toContain('def quantize_groupwise(weight: torch.Tensor, bits: int = 4, group_size: int = 128):');
    expect(sample.code).toContain('# 7 for 4-bit: codes lie in [-8, 7]');
    expect(sample.code).toContain('def quantize_activations(');
    expect(sample.code).toContain('accuracy 92.3% before and 91.7% after');
  });

  it('leaves out activation quantisation when the example has none, and is absent without an example', () => {
    const changed = realData();
    const example = modelOf(changed, 'deepseek').quantisationExample!;
    example.activationQuantisation = false;
    example.bits = 8;
    const code = quantisationCode(changed)!.code;
    expect(code).not.toContain('quantize_activations');
    expect(code).toContain('# 127 for 8-bit: codes lie in [-128, 127]');
    for (const m of changed.models) delete m.quantisationExample;
    expect(quantisationCode(changed)).toBeUndefined();
  });
});

const python = spawnSync('python3', ['--version']).status === 0;

describe('generated Python', () => {
  const variants = realData();
  modelOf(variants, 'deepseek').figures['overlap-communication'] = false;
  modelOf(variants, 'deepseek').quantisationExample!.activationQuantisation = false;
  const samples: [string, string][] = [
    ['parallel set-up', parallelSetupCode(data)!.code],
    ['parallel set-up without overlap', parallelSetupCode(variants)!.code],
    ['benchmark', benchmarkCode(data)],
    ['quantisation', quantisationCode(data)!.code],
    ['quantisation without activations', quantisationCode(variants)!.code],
  ];
  it.skipIf(!python).each(samples)('%s is valid Python (skipped only when python3 is not installed)', (_name, code) => {
    const result = spawnSync('python3', ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: code, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
