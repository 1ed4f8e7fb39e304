/** What the graph page's controls ask of a renderer (SVG or canvas). */
export interface GraphView {
  /** Hide the `cut` weakest links. */
  setCut(cut: number): void;
  /** Emphasise a topic and its neighbours, fading the rest; null clears. */
  highlight(node: number | null, neighbourhood?: { nodes: number[]; edges: number[] }): void;
  /** Ring the topics a search matches. */
  mark(nodes: readonly number[]): void;
  /** Move keyboard focus to a topic and bring it into view. */
  focusNode(node: number): void;
  zoomBy(factor: number): void;
  reset(): void;
}

/** What a renderer reports back. */
export interface ViewEvents {
  hover(node: number | null): void;
  focus(node: number | null): void;
}
