/**
 * The sample draft the programs run before real work: the analysis worker's
 * warm-up (`lsp/worker.ts`) and the build's training runs for the code caches
 * of the language server (`server.ts`) and the CLI (`cli/main.ts`).
 */

/**
 * A short draft with a little of everything the engine looks at: named,
 * vague and missing sources, quotations with and without a speaker, numbers,
 * dates, a list, a link and a footnote.
 */
export const WARM_UP_DRAFT = `# Council votes on the river bridge

The city council approved the repair budget on Tuesday, the mayor's office said in a statement.
Critics say the plan is too costly. Repairs will cost $4.2 million, up 12% from 2023.
"We cannot wait another winter," said Ana Ruiz, who chairs the transport committee.
"The bridge is not safe."

- According to reports, two firms have bid for the work.
- It is believed that the work will start in May, according to [the tender](https://example.org/tender).

Engineers warned in a report that the deck could fail[^1]. He added that traffic would be diverted.

[^1]: Inspection report, city engineering department.
`;
