/**
 * Made-up people for canary values: realistic Kazakh names (Cyrillic, with a Latin spelling for
 * e-mail and card holder) combined at random, so no combination stands for a known person.
 */
import type { Random } from './random';

export interface Person {
  fullName: string;
  latinGiven: string;
  latinFamily: string;
  female: boolean;
  birth: Date;
}

type Name = readonly [cyrillic: string, latin: string];

const MEN: readonly Name[] = [['Ерлан', 'Yerlan'], ['Данияр', 'Daniyar'], ['Тимур', 'Timur'], ['Арман', 'Arman'], ['Нурлан', 'Nurlan'], ['Асхат', 'Askhat']];
const WOMEN: readonly Name[] = [['Айгуль', 'Aigul'], ['Сауле', 'Saule'], ['Жанар', 'Zhanar'], ['Динара', 'Dinara'], ['Алия', 'Aliya'], ['Гульнара', 'Gulnara']];
/** Family names given in the masculine; the feminine adds «а» (Сапаров → Сапарова), as Kazakh surnames do. */
const FAMILIES: readonly Name[] = [['Сапаров', 'Saparov'], ['Жумагалиев', 'Zhumagaliyev'], ['Исаков', 'Isakov'], ['Бекмуханов', 'Bekmukhanov'], ['Тулегенов', 'Tulegenov'], ['Оспанов', 'Ospanov']];
const FATHERS: readonly string[] = ['Серик', 'Марат', 'Болат', 'Кайрат', 'Ержан', 'Талгат'];

function patronymic(father: string, female: boolean): string {
  return `${father}${female ? 'овна' : 'ович'}`;
}

export function makePerson(random: Random): Person {
  const female = random.int(2) === 1;
  const [given, latinGiven] = random.pick(female ? WOMEN : MEN);
  const [family, latinFamily] = random.pick(FAMILIES);
  const birth = new Date(Date.UTC(1965 + random.int(38), random.int(12), 1 + random.int(28)));
  return {
    fullName: `${family}${female ? 'а' : ''} ${given} ${patronymic(random.pick(FATHERS), female)}`,
    latinGiven,
    latinFamily: `${latinFamily}${female ? 'a' : ''}`,
    female,
    birth,
  };
}
