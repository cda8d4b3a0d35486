import type { ServiceItem } from '@zhengwu/core/contract';
import { audiencesText, formsText, limitText, necessityText, visitsText, type Translate } from '../item/item-text.js';
import { processSteps } from './guide-sections.js';
import type { GuideSection } from './zw-service-guide-events.js';

/** What the read-aloud button of a section says: its title, then every field as a sentence. */
export function sectionSpeech(section: GuideSection, item: ServiceItem, t: Translate, list: (items: string[]) => string): string {
  const field = (name: string, value: string) => t('guide.speech.field', { name: t(`guide.field.${name}`), value });
  const numbered = (texts: string[]) => texts.map((text, index) => t('guide.speech.numbered', { number: index + 1, text }));
  const yesNo = (key: string, value: boolean) => t(`guide.value.${key}.${value ? 'yes' : 'no'}`);
  const parts: string[] = [t(`guide.section.${section}`)];
  switch (section) {
    case 'basic':
      parts.push(
        field('type', t(`guide.value.type.${item.type}`)),
        field('audiences', audiencesText(t, item, list)),
        field('department', item.department),
        field('level', item.level),
        field('visits', visitsText(t, item.visits)),
        field('basicCode', item.basicCode),
        field('code', item.code),
      );
      break;
    case 'basis':
      parts.push(...numbered(item.legalBasis));
      break;
    case 'conditions':
      parts.push(...numbered(item.conditions));
      break;
    case 'materials':
      parts.push(t('guide.materials.count', { count: item.materials.length }));
      for (const [index, material] of item.materials.entries()) {
        parts.push(
          t('guide.speech.material', {
            number: index + 1,
            name: material.name,
            originals: t('guide.value.copies', { count: material.originals }),
            copies: t('guide.value.copies', { count: material.copies }),
            necessity: necessityText(t, material),
            forms: formsText(t, material, list),
            source: material.source,
          }),
        );
        if (material.note) parts.push(material.note);
      }
      break;
    case 'process':
      for (const [index, step] of processSteps(t, item).entries()) {
        parts.push(t('guide.speech.step', { number: index + 1, name: step.label }));
        if (step.description) parts.push(step.description);
      }
      break;
    case 'time':
      parts.push(
        field('caseType', t(`guide.value.caseType.${item.caseType}`)),
        field('legalLimit', limitText(t, item.legalLimit)),
        field('promisedLimit', limitText(t, item.promisedLimit)),
      );
      break;
    case 'fee':
      parts.push(field('charged', yesNo('charged', item.fee.charged)));
      if (item.fee.basis) parts.push(field('feeBasis', item.fee.basis));
      if (item.fee.amount) parts.push(field('feeAmount', item.fee.amount));
      break;
    case 'place':
      parts.push(field('place', item.place), field('hours', item.hours), field('appointment', yesNo('appointment', item.appointment)));
      break;
    case 'contact':
      parts.push(field('consultPhone', item.consultPhone), field('supervisePhone', item.supervisePhone));
      break;
    case 'online':
      parts.push(field('online', yesNo('online', item.online)));
      if (item.online && item.onlineUrl) parts.push(t('guide.online.scan'));
      break;
    case 'faq':
      parts.push(...item.faq.map((entry) => t('guide.speech.faq', { question: entry.question, answer: entry.answer })));
      break;
    default:
      break;
  }
  return parts.join(t('guide.speech.separator'));
}
