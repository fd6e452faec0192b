/** A bond as the scenario describes one (nodes' networks, the backup server's link): its own file, so every section reads the same one. */
import { BOND_MODES, HASH_POLICIES } from '@capa/core';
import * as z from 'zod';
import { expected } from './value-messages.js';
import { count, rate } from './values.js';

export const bond = z
  .strictObject({
    links: count(1, 16).default(2),
    speed: rate,
    mode: z.enum(BOND_MODES, { error: expected('bondMode', { list: BOND_MODES.join(', ') }) }).default('lacp'),
    hash: z.enum(HASH_POLICIES, { error: expected('hashPolicy', { list: HASH_POLICIES.join(', ') }) }).default('layer3+4'),
  })
  .meta({ description: 'A bond: member links, speed of one link, mode and xmit_hash_policy.' });
