// An English walkthrough: every call that returns text asks for `locale: 'en'` (French is the
// default; `npm run demo` shows it).
// When does an unpaid invoice become time-barred, and what really moves the deadline?
// Run: npx tsx examples/limitation.ts
import {
  formalNoticeExpiry,
  injonctionServiceDeadline,
  limitationDeadline,
  oppositionDeadline,
} from 'impayes-core';

const claim = {
  debtor: 'professional' as const,
  dueDate: '2020-03-10',
  invoiceDate: '2020-02-10',
  events: [
    { type: 'formal_notice_sent' as const, date: '2020-05-04', note: 'LRAR' },
    { type: 'payment_received' as const, date: '2021-03-15', note: '1 000 € on account' },
    { type: 'mediation_started' as const, date: '2026-01-12' },
    { type: 'mediation_ended' as const, date: '2026-03-02' },
  ],
};

const r = limitationDeadline(claim, { asOf: '2026-03-02', locale: 'en' });

console.log(`Claim on a business, due ${claim.dueDate}`);
console.log(`Period: ${r.period.years} years (${r.period.article})`);
console.log(`Start:  ${r.start.date} — ${r.start.explanation}`);
console.log('');
console.log('What happened:');
for (const step of r.trail) {
  console.log(
    `  ${step.event.date}  ${step.event.type.padEnd(20)} ${step.effect.padEnd(11)} → ${step.deadlineAfter ?? '(open)'}`,
  );
  console.log(`      ${step.explanation} [${step.article}]`);
}
console.log('');
console.log(
  `Last day to act: ${r.deadline} (status on ${r.statusAt}: ${r.status}, ${r.daysLeft} days left)`,
);
console.log(`Long-stop: ${r.longStop.date} (${r.longStop.article})`);
for (const w of r.warnings) console.log(`! ${w.code}: ${w.message}`);

console.log('');
console.log('If we go for an injonction de payer:');
const order = injonctionServiceDeadline('2026-04-14');
console.log(`  order of 2026-04-14 must be served by ${order.deadline} (${order.articles[0]})`);
const opposition = oppositionDeadline('2026-05-05');
console.log(`  served 2026-05-05: the debtor may oppose until ${opposition.deadline}`);
const notice = formalNoticeExpiry('2026-03-06', 15);
console.log(
  `  a 15-day formal notice received 2026-03-06 ends ${notice.nominal} (wait until ${notice.deadline})`,
);
