/** Demo accounts created by the seed, one per role, printed by the start command. */
export const DEMO_PASSWORD = 'Samverkan-demo-2019';

export const DEMO_LOGINS: ReadonlyArray<{ role: string; email: string }> = [
  { role: 'administrator', email: 'admin@samverkan.example' },
  { role: 'steering-group member (FK)', email: 'styrgrupp.fk@samverkan.example' },
  { role: 'working-group coordinator (WG 3, FK)', email: 'samordnare.ag3@samverkan.example' },
  { role: 'working-group member (WG 3, AF)', email: 'medlem.ag3@samverkan.example' },
  { role: 'agency representative (FK)', email: 'representant.fk@samverkan.example' },
  { role: 'observer (Jämställdhetsmyndigheten)', email: 'observator@samverkan.example' },
];
