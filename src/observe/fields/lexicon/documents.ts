/** The identity document: its details, photos of it, and photos of the person's face. */
import { lexicon, strong, weak } from './entry';

export const ID_DOCUMENT = lexicon('id_document',
  strong([
    'удостоверени*', 'паспорт*', 'номер* _ документ*', 'документ* удостоверяющ*', 'серия _ паспорт*|документ*',
    'кем _ выдан*', 'орган* _ выдач*|выдавш*', 'дата выдачи', 'дат* _ выдачи', 'срок действия _ удостоверени*|документ*|паспорт*',
    'тип|вид документа', 'жеке куәлік*', 'куәлік*', 'құжат* _ нөмір*|түр*', 'берген орган*', 'кім берген',
    'берілген күн*|уақыт*|мерзім*', 'id|identity card', 'identity|id document',
    'document number|no|type', 'passport*', 'issued by', 'issuing authority', 'date of issue', 'issue date',
    'udost*|udv*', 'doc number|num|no|type|series', 'kem vydan', 'vydan*', 'issued',
  ]),
  weak([
    'документ*', 'серия', 'выдан*', 'действителен|действительно|действует до', 'құжат*',
    'жарамдылық мерзім*', 'document*', 'doc', 'expiry|expiration date', 'valid until',
  ]),
);

export const FACE_IMAGE = lexicon('face_image',
  strong([
    // «лица|лицо» only: «лицевая сторона» is the front of a document.
    'селфи', 'видеоселфи|видео-селфи', 'фото* _ лица|лицо', 'снимок _ лица|лицо', 'изображени* _ лица|лицо', 'лицо в кадре',
    'в руках', 'биометри*', 'бет* _ сурет*|фото*|бейне*', 'selfie', 'liveness', 'лайвнес',
    'face', 'photo of your face', 'biometric*', 'holding _ id|document|passport',
  ]),
  weak(['фото*', 'фотограф*', 'сурет*', 'photo*', 'avatar', 'аватар*', 'ваш* фото*', 'your photo']),
);

export const DOCUMENT_IMAGE = lexicon('document_image',
  strong([
    'фото* _ удостоверени*|документ*|паспорт*|куәлік*', 'снимок _ удостоверени*|документ*|паспорт*',
    'скан* _ удостоверени*|документ*|паспорт*', 'копи* _ удостоверени*|документ*|паспорт*',
    'лицев* сторон*', 'оборотн* сторон*', 'обратн* сторон*', 'разворот*', 'құжат* _ сурет*|көшірме*|скан*',
    'куәлік* _ сурет*|көшірме*|скан*', 'сурет* _ куәлік*|құжат*', 'алдыңғы жағ*', 'артқы жағ*',
    'front|back|reverse side', 'photo of _ document*|id|passport', 'document photo|scan|image',
    'id|passport scan|photo', 'scan of', 'upload _ document*|id|passport',
    'doc|id photo|scan|image|front|back',
  ]),
  weak(['скан*', 'копи*', 'scan*', 'front|back', 'загрузит* _ документ*']),
);
