/** A plan as `capa plan` shows it: the verdict, every area, the worst failure and each pool's durability (the planner's words and figures). */
import { formatNumber, formatScientific, type Lang } from '@capa/core';
import type { PlanResult } from '@capa/planner/browser';
import { UI } from '../i18n/ui';
import { WEB_MESSAGES } from './texts';

const MARK = { pass: '✔', warn: '⚠', fail: '✖' } as const;
/** An area's verdict in the page's words for a check's level (the CLI shows only the mark). */
const LEVEL = { pass: 'ok', warn: 'warn', fail: 'fail' } as const;

export function PlanView({ plan, lang }: { readonly plan: PlanResult; readonly lang: Lang }) {
  const tx = WEB_MESSAGES[lang];
  return (
    <div class="plan-result" data-plan={plan.scenario.name}>
      <h2>{plan.scenario.name}</h2>
      <p class={`verdict tone-${plan.verdict}`} data-figure="verdict">
        {tx.verdict}: {MARK[plan.verdict]} {plan.verdict === 'pass' ? tx.pass : tx.fail}
      </p>
      <h3>{tx.areas}</h3>
      <table class="data-table" data-table="areas">
        <thead>
          <tr>
            <th>{tx.area}</th>
            <th>{tx.result}</th>
            <th>{tx.summary}</th>
          </tr>
        </thead>
        <tbody>
          {plan.areas.map((a) => (
            <tr key={a.id} data-area={a.id} class={`tone-${a.verdict}`}>
              <td>{a.title}</td>
              <td>
                {MARK[a.verdict]} {UI[lang].level[LEVEL[a.verdict]]}
              </td>
              <td class="text">{a.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{tx.worst}</h3>
      <p data-figure="worst-failure">{plan.failure.sentence}</p>
      {plan.durability.length > 0 ? (
        <>
          <h3>{tx.durability}</h3>
          <table class="data-table" data-table="durability">
            <thead>
              <tr>
                <th>{tx.pool}</th>
                <th>{tx.protection}</th>
                <th>{tx.nines}</th>
                <th>{tx.loss}</th>
              </tr>
            </thead>
            <tbody>
              {plan.durability.map((d) => (
                <tr key={d.pool}>
                  <td>{d.pool}</td>
                  <td>{d.protection}</td>
                  <td class="num">{d.ninesWithReadErrors === null ? '∞' : formatNumber(d.ninesWithReadErrors, lang, 1)}</td>
                  <td class="num">{formatScientific(d.annualLossProbabilityWithReadErrors, lang, 3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </div>
  );
}
