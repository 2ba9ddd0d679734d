export function formatTable(report: unknown): string;
