import { Goal, GoalAssessment, GoalPerspective, Indicator, Measurement, measuredFigure } from '@samverkan/goals';
import { Agency, User } from '@samverkan/organisation';
import { DevelopmentArea, Perspective } from '@samverkan/plan';
import { EntityManager } from 'typeorm';
import { FK_GOALS, FK_GOALS_AGENCY, FK_GOALS_RECORDED_BY, SeedGoal } from './fk-goals.seed-data';

/**
 * Seeds FK's goals into the plan, each with its indicators, measurements and
 * assessments, once: if FK has any goal in the plan, nothing is inserted, so
 * a second run inserts nothing and local follow-up work survives. Goals have
 * no key but their title, which people may edit (and the seed's own titles
 * were once English), so matching by title would seed them a second time.
 * Returns the number of rows inserted.
 */
export async function seedFkGoals(tx: EntityManager, planId: string): Promise<number> {
  const agency = await tx.findOneByOrFail(Agency, { code: FK_GOALS_AGENCY });
  if (await tx.existsBy(Goal, { planId, agencyId: agency.id })) return 0;
  const recordedBy = await tx.findOneByOrFail(User, { email: FK_GOALS_RECORDED_BY });
  const areas = new Map((await tx.findBy(DevelopmentArea, { planId })).map((a) => [a.number, a.id]));
  const perspectives = new Map((await tx.findBy(Perspective, { planId })).map((p) => [p.code, p.id]));
  let inserted = 0;
  for (const seed of FK_GOALS) {
    inserted += await insertGoal(tx, seed, {
      planId,
      agencyId: agency.id,
      recordedById: recordedBy.id,
      developmentAreaId: areas.get(seed.developmentArea)!,
      perspectiveIds: seed.perspectives.map((code) => perspectives.get(code)!),
    });
  }
  return inserted;
}

export async function insertGoal(
  tx: EntityManager,
  seed: SeedGoal,
  refs: { planId: string; agencyId: string; recordedById: string; developmentAreaId: string; perspectiveIds: string[] },
): Promise<number> {
  const { title, statement, scope, firstYear } = seed;
  const goal = await tx.save(tx.create(Goal, { planId: refs.planId, agencyId: refs.agencyId, developmentAreaId: refs.developmentAreaId, title, statement, scope, firstYear }));
  let inserted = 1;
  for (const perspectiveId of refs.perspectiveIds) {
    await tx.save(tx.create(GoalPerspective, { goalId: goal.id, perspectiveId }));
    inserted += 1;
  }
  for (const { measurements, baseline, target, ...details } of seed.indicators) {
    const indicator = await tx.save(
      tx.create(Indicator, {
        ...details,
        goalId: goal.id,
        baselineValue: baseline?.value ?? null,
        baselineYear: baseline?.year ?? null,
        targetValue: target?.value ?? null,
        targetYear: target?.year ?? null,
        registrationNumber: null,
      }),
    );
    inserted += 1;
    for (const { year, note, ...figure } of measurements) {
      await tx.save(
        tx.create(Measurement, {
          indicatorId: indicator.id,
          year,
          measuredOn: null,
          ...measuredFigure(details.unit, figure),
          source: '',
          note,
          supersedesId: null,
          recordedById: refs.recordedById,
        }),
      );
      inserted += 1;
    }
  }
  for (const assessment of seed.assessments) {
    await tx.save(tx.create(GoalAssessment, { ...assessment, goalId: goal.id, assessedById: refs.recordedById }));
    inserted += 1;
  }
  return inserted;
}
