/** Why a candidate document could not be used, in the auditor's language, with what to do about it. */
import type { DiscoveryProblem, ProblemCode } from '../../schema/discovery';
import type { UiLanguage } from './language';

type Sentence = (detail: string) => string;

const TEXTS: Record<ProblemCode, Record<UiLanguage, Sentence>> = {
  http_error: {
    ru: (d) => `Сервер ответил ошибкой ${d}${d === '404' ? ' (страница не найдена)' : ''}. Проверьте адрес.`,
    kk: (d) => `Сервер ${d} қатесімен жауап берді${d === '404' ? ' (бет табылмады)' : ''}. Мекенжайды тексеріңіз.`,
    en: (d) => `The server answered with error ${d}${d === '404' ? ' (page not found)' : ''}. Check the address.`,
  },
  timeout: {
    ru: () => 'Сайт не ответил за 15 секунд. Попробуйте позже.',
    kk: () => 'Сайт 15 секунд ішінде жауап бермеді. Кейінірек қайталаңыз.',
    en: () => 'The site did not answer within 15 seconds. Try again later.',
  },
  network: {
    ru: () => 'Не удалось соединиться с сайтом. Проверьте адрес и подключение.',
    kk: () => 'Сайтқа қосылу мүмкін болмады. Мекенжай мен байланысты тексеріңіз.',
    en: () => 'Could not connect to the site. Check the address and the connection.',
  },
  cross_site_redirect: {
    ru: (d) => `Ссылка перенаправила на другой сайт (${d}); его содержимое не читалось. Если это политика кредитора, прикрепите её по адресу в настройках.`,
    kk: (d) => `Сілтеме басқа сайтқа (${d}) бағыттады; оның мазмұны оқылмады. Егер бұл кредитордың саясаты болса, оны баптауларда мекенжай бойынша тіркеңіз.`,
    en: (d) => `The link redirected to another site (${d}); its content was not read. If that is the lender’s policy, attach it by address in the options.`,
  },
  too_large: {
    ru: () => 'Документ больше 20 МБ — такие не загружаются. Вставьте текст политики вручную.',
    kk: () => 'Құжат 20 МБ-тан үлкен — мұндай құжаттар жүктелмейді. Саясат мәтінін қолмен қойыңыз.',
    en: () => 'The document is larger than 20 MB and is not loaded. Paste the policy text instead.',
  },
  unsupported_type: {
    ru: (d) => `Этот тип документа (${d}) не читается: поддерживаются HTML, текст, PDF и DOCX.`,
    kk: (d) => `Бұл құжат түрі (${d}) оқылмайды: HTML, мәтін, PDF және DOCX қолдау көрсетіледі.`,
    en: (d) => `This kind of document (${d}) cannot be read: HTML, plain text, PDF and DOCX are supported.`,
  },
  bad_pdf: {
    ru: (d) => (d === 'password' ? 'PDF защищён паролем — его текст недоступен.' : 'PDF повреждён и не читается.'),
    kk: (d) => (d === 'password' ? 'PDF құпиясөзбен қорғалған — мәтіні қолжетімсіз.' : 'PDF бүлінген, оқылмайды.'),
    en: (d) => (d === 'password' ? 'The PDF is password-protected: its text is not accessible.' : 'The PDF is damaged and cannot be read.'),
  },
  no_text_layer: {
    ru: () => 'В PDF нет текстового слоя (это отсканированное изображение). Найдите текстовую версию или вставьте текст вручную.',
    kk: () => 'PDF-те мәтін қабаты жоқ (сканерленген сурет). Мәтіндік нұсқасын табыңыз немесе мәтінді қолмен қойыңыз.',
    en: () => 'The PDF has no text layer (scanned image). Find a text version or paste the text.',
  },
  bad_docx: {
    ru: () => 'Файл DOCX повреждён или это не документ Word.',
    kk: () => 'DOCX файлы бүлінген немесе бұл Word құжаты емес.',
    en: () => 'The DOCX file is damaged or is not a Word document.',
  },
  empty: {
    ru: () => 'В документе нет текста.',
    kk: () => 'Құжатта мәтін жоқ.',
    en: () => 'The document has no text.',
  },
  text_too_large: {
    ru: () => 'Текст длиннее 1 МБ — это не одна политика. Вставьте только текст политики.',
    kk: () => 'Мәтін 1 МБ-тан ұзын — бұл бір саясат емес. Тек саясат мәтінін қойыңыз.',
    en: () => 'The text is longer than 1 MB, more than one policy. Paste only the policy text.',
  },
  login_wall: {
    ru: () => 'Страница требует входа (форма с паролем) и не содержит текста политики.',
    kk: () => 'Бет жүйеге кіруді талап етеді (құпиясөз формасы) және саясат мәтіні жоқ.',
    en: () => 'The page asks you to sign in (a password form) and has no policy text.',
  },
  unexpected_language: {
    ru: () => 'Документ не на русском, казахском или английском — анализатор читает только эти языки. Найдите версию на одном из них.',
    kk: () => 'Құжат орыс, қазақ немесе ағылшын тілінде емес — талдағыш тек осы тілдерді оқиды. Солардың біріндегі нұсқасын табыңыз.',
    en: () => 'The document is not in Russian, Kazakh or English, the only languages the parser reads. Find a version in one of them.',
  },
  not_policy: {
    ru: () => 'Документ не похож на политику конфиденциальности или согласие: в нём нет речи о персональных данных.',
    kk: () => 'Құжат құпиялылық саясатына немесе келісімге ұқсамайды: онда дербес деректер туралы айтылмайды.',
    en: () => 'The document does not read like a privacy policy or consent: it never speaks of personal data.',
  },
  bad_url: {
    ru: () => 'Адрес должен начинаться с https:// или http://.',
    kk: () => 'Мекенжай https:// немесе http:// деп басталуы керек.',
    en: () => 'The address must start with https:// or http://.',
  },
  bad_site: {
    ru: () => 'Укажите сайт, например example.kz.',
    kk: () => 'Сайтты көрсетіңіз, мысалы example.kz.',
    en: () => 'Name the site, for example example.kz.',
  },
  store_full: {
    ru: () => 'Сохранено уже 50 политик: сначала удалите одну.',
    kk: () => '50 саясат сақталған: алдымен біреуін жойыңыз.',
    en: () => 'Fifty policies are stored already: remove one first.',
  },
  parser_unavailable: {
    ru: () => 'Анализатор политики не ответил. Попробуйте ещё раз.',
    kk: () => 'Саясат талдағышы жауап бермеді. Қайталап көріңіз.',
    en: () => 'The policy parser did not answer. Try again.',
  },
};

export function problemText(lang: UiLanguage, problem: DiscoveryProblem): string {
  return TEXTS[problem.code][lang](problem.detail ?? '');
}
