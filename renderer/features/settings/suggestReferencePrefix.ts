// A case-number prefix from the municipality's name: "Legazpi City" → "LEG".
export function suggestReferencePrefix(municipality: string): string {
  const letters = municipality
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\b(city|municipality|of|de|del|la|el|ciudad|ajuntament|municipio)\b/gi, '')
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase();
  return letters.slice(0, 3);
}
