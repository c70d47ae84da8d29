/**
 * Whole drafts of the genres PolNeAR lacks — a press release sent through a
 * newswire, one sent without, and a content-farm listicle — written fresh for
 * this test (invented companies, people and figures), with the label the
 * standard (labels.md) gives each checked sentence. They check that these
 * genres do not misfire: the issuer's own claims are unattributed, never
 * vague; goods a company "offers" are no speech; a recognition by a named
 * outlet is attributed; the listicle's stock vague sources are vague and its
 * named study attributed. Each sentence is found by a phrase it holds.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/engine';
import { checkFixAll } from '../reliability/drafts';
import { statusAt as labelOf } from '../helpers/status';

const WIRE_RELEASE = `Harbor Health Expands Telehealth Services to Rural Counties

PORTLAND, Maine -- (BUSINESS WIRE) -- Harbor Health, a provider of primary care in New England, today unveiled an expanded telehealth program that will reach patients in 12 rural counties.

The program offers same-day video appointments, remote monitoring and prescription delivery.

"Rural families should not have to drive two hours to see a doctor," said Dr. Alma Ruiz, chief medical officer at Harbor Health. "This expansion brings care to their kitchen tables."

Industry analysts expect demand for virtual care to grow sharply over the next five years.

About Harbor Health

Harbor Health provides primary and urgent care at 30 locations across Maine. In 2024 it was recognized as a top workplace by the Portland Press Herald. Learn more at harborhealth.example.

Contact:
Tom Reyes, 207-555-0100
`;

const PLAIN_RELEASE = `FOR IMMEDIATE RELEASE

Northgate Bank today announced the launch of SaveSmart, a free mobile tool for small businesses.

The tool is available to all Northgate business customers starting today.

Northgate is committed to serving the communities where its customers live and work.

"We are proud to support the entrepreneurs who make Eastport thrive," said Dana Holt, chief executive of Northgate Bank.

Founded in 1952, the bank offers personal and business banking, lending and wealth management services.

Media Contact: press@northgatebank.example
`;

const LISTICLE = `# 7 Amazing Benefits of Green Tea You Need to Know

Green tea is one of the healthiest drinks on the planet. Experts say it is loaded with antioxidants that sharpen the mind.

## 1. It Boosts Your Metabolism

Studies have shown that green tea can increase fat burning by up to 17 percent.

## 2. It Is Good for Your Heart

A 2019 study published in the Harbour Journal of Cardiology found that people who drank green tea three times a week had a 20 percent lower risk of heart disease. It is widely believed that regular drinkers live longer.

Nutritionists recommend drinking two to three cups a day.

## The Bottom Line

So why not brew a cup today?
`;

describe('a press release sent through a newswire', () => {
  it.each([
    ['today unveiled an expanded telehealth program', 'A'],
    ['The program offers same-day video appointments', 'U'],
    ['Rural families should not have to drive', 'A'],
    ['This expansion brings care', 'A'],
    ['Industry analysts expect', 'V'],
    ['it was recognized as a top workplace by the Portland Press Herald', 'A'],
  ])('"%s" → %s', (phrase, label) => expect(labelOf(WIRE_RELEASE, phrase)).toBe(label));
});

describe('a press release sent without a newswire', () => {
  it.each([
    ['Northgate Bank today announced', 'A'],
    ['The tool is available', 'U'],
    ['Northgate is committed to serving', 'U'],
    ['We are proud to support', 'A'],
    ['the bank offers personal and business banking', 'U'],
  ])('"%s" → %s', (phrase, label) => expect(labelOf(PLAIN_RELEASE, phrase)).toBe(label));
});

describe('a content-farm listicle', () => {
  it.each([
    ['Green tea is one of the healthiest drinks', 'U'],
    ['Experts say', 'V'],
    ['Studies have shown', 'V'],
    ['A 2019 study published in the Harbour Journal', 'A'],
    ['It is widely believed', 'V'],
    ['Nutritionists recommend', 'V'],
    ['So why not brew a cup today?', 'N'],
  ])('"%s" → %s', (phrase, label) => expect(labelOf(LISTICLE, phrase)).toBe(label));
});

describe('fixing every finding of these drafts creates nothing new', () => {
  it.each([
    ['wire release', WIRE_RELEASE],
    ['plain release', PLAIN_RELEASE],
    ['listicle', LISTICLE],
  ])('%s', (_name, text) => expect(checkFixAll(text, analyze(text))).toBeUndefined());
});
