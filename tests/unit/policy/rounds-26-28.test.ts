/**
 * General causes found by rounds 26–28, tested on texts written for the tests. Each rule has wordings in the languages
 * it applies to and a case it must leave alone.
 */
import { describe, it } from 'vitest';
import { expectStatus, type StatusCase } from './helpers';

describe('rounds 26–28: the browser as an actor, a window or a channel is no data about the browser', () => {
  it.each<StatusCase>([
    ['ru', 'При входе в кабинет браузер запросит разрешение на уведомления.', 'browser_info', 'silent'],
    ['ru', 'Согласие даётся нажатием кнопки во всплывающем окне браузера.', 'browser_info', 'silent'],
    ['ru', 'Обмен данными между браузером и сервером Компании шифруется.', 'browser_info', 'silent'],
    ['ru', 'Файлы cookie хранятся в вашем браузере не дольше года.', 'browser_info', 'silent'],
    ['kk', 'Клиенттің браузері мен сервер арасындағы байланыс шифрланады.', 'browser_info', 'silent'],
    ['kk', 'Жеке кабинетке кірген кезде браузер рұқсат сұрайды.', 'browser_info', 'silent'],
    ['en', 'When you open the map, your browser asks whether to share your position.', 'browser_info', 'silent'],
    ['en', 'The camera is used only after you grant the browser permission.', 'browser_info', 'silent'],
    ['en', 'Traffic between your browser and our servers is encrypted.', 'browser_info', 'silent'],
    ['en', 'Our app does not rely on browser cookies.', 'browser_info', 'silent'],
    // Data about the browser stays a declaration.
    ['ru', 'Мы собираем тип и версию браузера, а также IP-адрес.', 'browser_info', 'declared'],
    ['kk', 'Біз браузердің түрі мен нұсқасын жинаймыз.', 'browser_info', 'declared'],
    ['en', 'We collect your browser type and language settings.', 'browser_info', 'declared'],
  ])('%s: %j → %s %s', (...row) => expectStatus(row));
});
