// The check-worthiness model's network: one hidden layer of ReLU units over a sentence's
// dense features (electron/core/finder/sentence-meaning.ts), trained by scripts/claims/network.ts.

export interface Network {
  inputs: number;
  hidden: number;
  /** Hidden × inputs, row by row. */
  w1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: number;
}

export function networkMargin(net: Network, x: ArrayLike<number>): number {
  let z = net.b2;
  for (let u = 0; u < net.hidden; u++) {
    let a = net.b1[u]!;
    const row = u * net.inputs;
    for (let k = 0; k < net.inputs; k++) a += net.w1[row + k]! * x[k]!;
    if (a > 0) z += net.w2[u]! * a;
  }
  return z;
}
