// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyField, extractFieldFeatures } from '../../../src/observe/fields';
import { categoryOf, classify, shadowField } from './dom';

describe('id_document', () => {
  it.each([
    ['ru number', '<label for="d">Номер удостоверения личности</label><input id="d" maxlength="9">'],
    ['ru issuer', '<label>Кем выдан <select><option>МВД РК</option><option>МЮ РК</option></select></label>'],
    ['ru issue date', '<label>Дата выдачи <input type="date"></label>'],
    ['ru validity', '<label>Срок действия документа <input type="date"></label>'],
    ['kk number', '<label>Куәлік нөмірі <input></label>'],
    ['kk issuer', '<label>Берген орган <input></label>'],
    ['kk issue date', '<span id="kd">Берілген күні</span><input type="date" aria-labelledby="kd">'],
    ['en', '<label>Document number <input></label>'],
    ['en issuer', '<input placeholder="Issued by">'],
    ['identifier', '<input name="doc_number">'],
  ])('%s', (_case, markup) => expect(categoryOf(markup)).toBe('id_document'));

  it('number fields under a «Данные удостоверения» legend count as document details', () => {
    const markup = '<fieldset><legend>Данные удостоверения личности</legend><label>Номер <input name="n"></label></fieldset>';
    expect(categoryOf(markup)).toBe('id_document');
  });
});

describe('face_image', () => {
  it.each([
    ['capture=user only', '<input type="file" accept="image/*" capture="user">'],
    ['ru selfie', '<label>Загрузите селфи <input type="file" accept="image/*"></label>'],
    ['ru face photo', '<label>Фото лица <input type="file"></label>'],
    ['ru selfie with document', '<label>Фото с удостоверением в руках <input type="file" accept="image/*"></label>'],
    ['kk', '<label>Бет суретіңізді жүктеңіз <input type="file"></label>'],
    ['en liveness video', '<label>Liveness check <input type="file" accept="video/*" capture="user"></label>'],
    ['en selfie', '<input type="file" name="selfie">'],
  ])('%s', (_case, markup) => expect(categoryOf(markup)).toBe('face_image'));

  it('capture=user wins over a document label: the front camera photographs a face', () => {
    expect(categoryOf('<label>Фото удостоверения <input type="file" capture="user"></label>')).toBe('face_image');
  });
});

describe('document_image', () => {
  it.each([
    ['capture=environment only', '<input type="file" accept="image/*" capture="environment">'],
    ['ru photo of ID', '<label>Фото удостоверения (лицевая сторона) <input type="file" accept="image/*"></label>'],
    ['ru scan', '<label>Скан документа <input type="file" accept=".pdf,image/*"></label>'],
    ['ru back side', '<label>Оборотная сторона <input type="file"></label>'],
    ['kk', '<label>Құжаттың суреті <input type="file"></label>'],
    ['kk ID photo', '<label>Жеке куәліктің суреті <input type="file"></label>'],
    ['en', '<label>Upload a photo of your ID <input type="file"></label>'],
    ['passport upload', '<label>Паспорт <input type="file"></label>'],
  ])('%s', (_case, markup) => expect(categoryOf(markup)).toBe('document_image'));

  it('works for an upload inside a shadow root labelled with aria-labelledby', () => {
    const el = shadowField('<span id="c">Скан удостоверения</span><input type="file" aria-labelledby="c">');
    expect(classifyField(extractFieldFeatures(el))?.category).toBe('document_image');
  });

  it('says why the upload is a document image', () => {
    expect(classify('<label>Паспорт <input type="file"></label>')?.evidence[0]).toBe('file upload of the identity document');
  });
});
