/** The source texts the rules rest on (shared/bronnen), cited by number. */
export const SOURCES: Record<string, { title: string; short: string }> = {
  '000': { title: 'Wijkengids 2, §6.9.2 "Financiële borging"', short: 'Wijkengids 2, §6.9.2' },
  '001': { title: 'Wijkengids 2, §6.9 "Borging"', short: 'Wijkengids 2, §6.9' },
  '002': { title: 'Buurtwijs, "Wijkaanpak: 8 sleutelkwesties voor succes" (Henk Krijnen)', short: 'Buurtwijs, 8 sleutelkwesties' },
  '003': { title: 'Wijkengids 2, §6.9.3 "Borgen op bestuurlijk niveau"', short: 'Wijkengids 2, §6.9.3' },
  '004': {
    title: 'De Grote Beweging, "Resultaatfinanciering is een middel om meer impact te realiseren" (Leeuwarden Oost)',
    short: 'De Grote Beweging, Leeuwarden Oost',
  },
};
