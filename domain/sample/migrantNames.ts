// Names for sample people of a migrant and refugee desk in a Catalan city, by where people come
// from: the Maghreb (Terrassa's largest foreign population), Latin America, Ukraine, Senegal and
// The Gambia, Pakistan, China, and the host community itself (Catalan and Spanish names).
import type { NameSet } from './nameSet';

const maghreb: NameSet = {
  female: ['Fatima', 'Khadija', 'Aicha', 'Naima', 'Malika', 'Samira', 'Zineb', 'Hanane', 'Salma'],
  male: ['Mohamed', 'Ahmed', 'Youssef', 'Hassan', 'Mustapha', 'Rachid', 'Said', 'Karim', 'Omar'],
  family: [
    'El Amrani',
    'Benali',
    'Bouzid',
    'El Idrissi',
    'Tahiri',
    'Alaoui',
    'Bennani',
    'Chakir',
    'El Fassi',
    'Azzouzi',
    'Haddad',
    'Ziani',
    'El Khattabi',
    'Mansouri',
    'Berrada',
    'Ouahbi',
  ],
};

const latinAmerica: NameSet = {
  female: [
    'María Fernanda',
    'Daniela',
    'Valentina',
    'Camila',
    'Gabriela',
    'Yuliana',
    'Rosa',
    'Milagros',
    'Marisol',
    'Yusleidy',
    'Andrea',
    'Luz Marina',
  ],
  male: [
    'José Luis',
    'Carlos',
    'Luis Alberto',
    'Andrés',
    'Juan Carlos',
    'Wilmer',
    'Jhon',
    'Edwin',
    'Ángel',
    'Yorman',
    'Darwin',
    'Óscar',
  ],
  family: [
    'Rodríguez',
    'González',
    'Hernández',
    'Pérez',
    'Quispe',
    'Mamani',
    'Flores',
    'Torres',
    'Ramírez',
    'Gutiérrez',
    'Vargas',
    'Rojas',
    'Contreras',
    'Suárez',
    'Mejía',
    'Chávez',
    'Benítez',
    'Cabrera',
    'Ortiz',
    'De la Cruz',
  ],
  twoFamilyNames: true,
};

const ukraine: NameSet = {
  female: ['Olena', 'Oksana', 'Iryna', 'Nataliia', 'Tetiana', 'Yuliia', 'Svitlana', 'Kateryna'],
  male: ['Andrii', 'Oleksandr', 'Dmytro', 'Serhii', 'Yurii', 'Vasyl', 'Mykola', 'Taras'],
  family: ['Kovalenko', 'Shevchenko', 'Bondarenko', 'Tkachenko', 'Melnyk', 'Kravchenko', 'Boiko'],
};

const westAfrica: NameSet = {
  female: ['Fatou', 'Aminata', 'Awa', 'Mariama', 'Khady', 'Ndeye', 'Binta', 'Isatou'],
  male: ['Mamadou', 'Moussa', 'Ousmane', 'Cheikh', 'Ibrahima', 'Lamine', 'Abdoulaye', 'Modou'],
  family: ['Diop', 'Ndiaye', 'Fall', 'Sow', 'Diallo', 'Sarr', 'Gueye', 'Cissé', 'Jallow', 'Ceesay'],
};

const pakistan: NameSet = {
  female: ['Ayesha', 'Fatima', 'Sana', 'Nadia', 'Rabia', 'Saima', 'Amina', 'Zainab'],
  male: ['Muhammad', 'Ali', 'Imran', 'Bilal', 'Usman', 'Asif', 'Tariq', 'Kashif'],
  family: ['Khan', 'Ahmed', 'Hussain', 'Malik', 'Raza', 'Iqbal', 'Butt', 'Chaudhry', 'Akhtar'],
};

const china: NameSet = {
  female: ['Jing', 'Min', 'Hui', 'Yan', 'Xiuying', 'Fang', 'Lina', 'Mei'],
  male: ['Wei', 'Jun', 'Hao', 'Lei', 'Qiang', 'Jian', 'Bo', 'Tao'],
  family: ['Wang', 'Li', 'Zhang', 'Chen', 'Liu', 'Yang', 'Huang', 'Zhou', 'Lin'],
};

const hostCommunity: NameSet = {
  female: ['Núria', 'Montserrat', 'Laura', 'Marta', 'Anna', 'Carmen', 'Pilar', 'Mireia'],
  male: ['Jordi', 'Marc', 'Josep', 'Pau', 'Carles', 'Miquel', 'Sergi', 'Antonio'],
  family: [
    'García',
    'Martínez',
    'López',
    'Sánchez',
    'Puig',
    'Ferrer',
    'Vila',
    'Soler',
    'Serra',
    'Font',
    'Vidal',
    'Roca',
    'Pujol',
    'Casas',
  ],
  twoFamilyNames: true,
};

const BY_ORIGIN: Readonly<Record<string, NameSet>> = {
  MA: maghreb,
  DZ: maghreb,
  UA: ukraine,
  SN: westAfrica,
  GM: westAfrica,
  PK: pakistan,
  CN: china,
};

/** The names of people from `country`; Latin American names for the rest of the list. */
export function migrantNamesFor(country: string): NameSet {
  return BY_ORIGIN[country] ?? latinAmerica;
}

export const hostCommunityNames = hostCommunity;

/** Languages a person from `country` is likely to speak, as a desk officer would write them. */
export const LANGUAGES_BY_ORIGIN: Readonly<Record<string, string>> = {
  MA: 'Darija, Amazigh, French',
  DZ: 'Arabic, French',
  UA: 'Ukrainian, Russian',
  SN: 'Wolof, French',
  GM: 'Mandinka, Wolof, English',
  PK: 'Urdu, Punjabi, English',
  CN: 'Mandarin',
};
