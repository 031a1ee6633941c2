import type { SiteData } from './types';

/** Writes a number as a Python literal: small values in exponent form (2e-5), others as is. */
export function pyNumber(n: number): string {
  return n !== 0 && Math.abs(n) < 1e-3 ? n.toExponential() : String(n);
}

/** The first model whose figures include a numeric value for every listed metric. */
export function modelWithNumbers(data: SiteData, metrics: readonly string[]) {
  return data.models.find((m) => metrics.every((id) => typeof m.figures[id] === 'number'));
}

const parallelMetrics = ['parallel-data', 'parallel-tensor', 'parallel-pipeline', 'parallel-expert', 'learning-rate', 'adam-beta1', 'adam-beta2'] as const;

/**
 * A PyTorch set-up of the data × tensor × pipeline × expert layout and the optimiser, using the
 * figures of the first model that has them; undefined when no model does.
 */
export function parallelSetupCode(data: SiteData): { model: string; code: string } | undefined {
  const model = modelWithNumbers(data, parallelMetrics);
  if (!model) return undefined;
  const f = (id: (typeof parallelMetrics)[number]) => model.figures[id] as number;
  const overlap = model.figures['overlap-communication'] === true;
  const code = `import os

import torch
import torch.distributed as dist
from torch.distributed.device_mesh import init_device_mesh

# Degrees from the article's ${model.name.en} figures.
DATA, TENSOR, PIPELINE, EXPERT = ${f('parallel-data')}, ${f('parallel-tensor')}, ${f('parallel-pipeline')}, ${f('parallel-expert')}
# Expert parallelism splits the data-parallel ranks, so it must divide them.
assert DATA % EXPERT == 0, "EXPERT must divide DATA"

dist.init_process_group(backend="nccl")
torch.cuda.set_device(int(os.environ["LOCAL_RANK"]))
needed = PIPELINE * DATA * TENSOR
if dist.get_world_size() != needed:
    raise SystemExit(f"this layout needs {needed} GPUs, found {dist.get_world_size()}")

# One mesh dimension per kind of parallelism; tensor parallelism varies fastest,
# so its ranks sit on the same node, where the links are fastest.
mesh = init_device_mesh(
    "cuda",
    (PIPELINE, DATA // EXPERT, EXPERT, TENSOR),
    mesh_dim_names=("pipeline", "data", "expert", "tensor"),
)
tensor_group = mesh["tensor"].get_group()  # splits each weight matrix
expert_group = mesh["expert"].get_group()  # all-to-all of tokens between expert shards
stage = mesh.get_local_rank("pipeline")    # which slice of the layers this rank runs

model = build_stage(stage, tensor_group, expert_group)  # your model code goes here

optimizer = torch.optim.AdamW(
    model.parameters(),
    lr=${pyNumber(f('learning-rate'))},
    betas=(${pyNumber(f('adam-beta1'))}, ${pyNumber(f('adam-beta2'))}),
    fused=True,
)
${overlap ? '# Gradient all-reduce overlaps the backward pass when the dense layers are wrapped\n# in DistributedDataParallel, which sends gradients in buckets as soon as they are ready.\n' : ''}`;
  return { model: model.id, code };
}

/** A correct throughput benchmark following the article's settings (batch, lengths, warm-up). */
export function benchmarkCode(data: SiteData): string {
  const { warmup, run, hardware } = data.benchmark;
  return `import time

import torch


@torch.inference_mode()
def measure_throughput(model, vocab_size: int) -> float:
    """Generated tokens per second for one batch, measured after a warm-up run."""
    device = next(model.parameters()).device

    def random_prompts(batch: int, length: int) -> torch.Tensor:
        return torch.randint(0, vocab_size, (batch, length), device=device)

    # Warm-up: compiles kernels and fills caches so they are not timed.
    warm = random_prompts(${warmup.batchSize}, ${warmup.inputLength})
    model.generate(warm, attention_mask=torch.ones_like(warm), max_new_tokens=${warmup.maxLength}, do_sample=False)

    prompts = random_prompts(${run.batchSize}, ${run.inputLength})
    torch.cuda.synchronize()
    start = time.perf_counter()
    outputs = model.generate(
        prompts,
        attention_mask=torch.ones_like(prompts),
        max_new_tokens=${run.maxLength},
        min_new_tokens=${run.maxLength},  # no early stop, so every row makes the same number
        do_sample=False,
    )
    torch.cuda.synchronize()  # GPU work is asynchronous: wait before reading the clock
    elapsed = time.perf_counter() - start

    # generate() returns prompt + new tokens; count only the new ones.
    new_tokens = (outputs.shape[1] - prompts.shape[1]) * outputs.shape[0]
    return new_tokens / elapsed


# The article reports its results on ${hardware}. Only open-weight models can be run
# this way; GPT-4, Claude and PaLM-2 are reachable only through their vendors' APIs.
`;
}

/** Group-wise quantisation code with the article's example settings, for the model that gives them. */
export function quantisationCode(data: SiteData): { model: string; code: string } | undefined {
  const model = data.models.find((m) => m.quantisationExample);
  const q = model?.quantisationExample;
  if (!model || !q) return undefined;
  const activation = q.activationQuantisation
    ? `

def quantize_activations(x: torch.Tensor, bits: int = 8):
    """Dynamic per-token quantisation of activations, done at run time for each batch."""
    qmax = 2 ** (bits - 1) - 1
    scale = x.abs().amax(dim=-1, keepdim=True).clamp(min=1e-8) / qmax
    codes = torch.clamp(torch.round(x / scale), -qmax - 1, qmax).to(torch.int8)
    return codes, scale
`
    : '';
  return {
    model: model.id,
    code: `import torch


def quantize_groupwise(weight: torch.Tensor, bits: int = ${q.bits}, group_size: int = ${q.groupSize}):
    """Symmetric quantisation of a 2-D weight with one scale per group of input columns."""
    rows, cols = weight.shape
    if cols % group_size:
        raise ValueError(f"{cols} columns do not split into groups of {group_size}")
    qmax = 2 ** (bits - 1) - 1  # ${2 ** (q.bits - 1) - 1} for ${q.bits}-bit: codes lie in [${-(2 ** (q.bits - 1))}, ${2 ** (q.bits - 1) - 1}]
    groups = weight.reshape(rows, cols // group_size, group_size)
    scale = groups.abs().amax(dim=-1, keepdim=True).clamp(min=1e-8) / qmax
    codes = torch.clamp(torch.round(groups / scale), -qmax - 1, qmax).to(torch.int8)
    return codes, scale


def dequantize_groupwise(codes: torch.Tensor, scale: torch.Tensor) -> torch.Tensor:
    return (codes.float() * scale).reshape(codes.shape[0], -1)
${activation}

weight = torch.randn(4096, 4096)
codes, scale = quantize_groupwise(weight)
error = (dequantize_groupwise(codes, scale) - weight).abs().mean().item()
print(f"mean absolute error per weight: {error:.4f}")
# The article reports ${model.name.en} accuracy ${q.accuracyBefore}% before and ${q.accuracyAfter}% after
# ${q.bits}-bit quantisation; we have not reproduced that figure.
`,
  };
}
