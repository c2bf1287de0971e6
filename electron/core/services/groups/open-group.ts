/**
 * One group as this account holds it while the session is open: its keys (GroupKeys), its Info
 * and Members documents, our grant to its swarm (the group key for admins, a subaccount for
 * members) and the row they are saved in. Pure state: the registry writes it back inside the
 * transaction that changed it and reloads it from the row when that transaction fails.
 */
import type { GroupId, SessionId } from '../../crypto/ids';
import type { Identity } from '../../crypto/identity';
import { groupAdminAuth, subaccountAuth, type SwarmAuth } from '../../network';
import { GroupInfo, GroupMembers, type GroupMember } from '../../protocol/config';
import {
  GroupKeys,
  groupConfigOptions,
  groupKeyPairFromSeed,
  subaccountSigner,
  type GroupKeyPair,
  type SubaccountSigner,
} from '../../protocol/groups';
import type { GroupRecord, GroupState, NewGroup } from '../../store';

export interface GroupContext {
  readonly identity: Identity;
  /** Network time for the documents' timestamps. */
  readonly clock: () => number;
}

function documents(
  keys: GroupKeys,
  record: Pick<GroupRecord, 'infoDump' | 'membersDump'>,
  clock: () => number,
) {
  const opts = (dump: Uint8Array | null) => groupConfigOptions(keys, { clock, ...(dump ? { dump } : {}) });
  return { info: new GroupInfo(opts(record.infoDump)), members: new GroupMembers(opts(record.membersDump)) };
}

export class OpenGroup {
  readonly id: GroupId;
  keys: GroupKeys;
  info: GroupInfo;
  members: GroupMembers;
  private record: NewGroup;
  private signer: SubaccountSigner | undefined;

  private constructor(
    record: NewGroup,
    private readonly ctx: GroupContext,
  ) {
    this.id = record.groupId;
    this.record = record;
    this.keys = GroupKeys.create({
      userEd25519SecretKey: ctx.identity.ed25519.secretKey,
      group: record.groupId,
      ...(record.secretKey ? { groupSecretKey: record.secretKey } : {}),
      ...(record.keysDump ? { dump: record.keysDump } : {}),
    });
    ({ info: this.info, members: this.members } = documents(this.keys, record, ctx.clock));
  }

  /** Throws GroupKeysError / ConfigError for a damaged row (the registry leaves that group out). */
  static fromRecord(record: GroupRecord, ctx: GroupContext): OpenGroup {
    return new OpenGroup(record, ctx);
  }

  /** A group we just made: we hold its key pair. */
  static created(pair: GroupKeyPair, ctx: GroupContext, name: string): OpenGroup {
    return new OpenGroup(
      {
        groupId: pair.groupId,
        state: 'joined',
        secretKey: pair.secretKey.slice(),
        authData: null,
        keysDump: null,
        infoDump: null,
        membersDump: null,
        name,
        invitedBy: null,
        memberCount: 0,
        responseDue: false,
        joinedAt: ctx.clock(),
      },
      ctx,
    );
  }

  /** A group we learn about from an invite, a promotion or the UserGroups config. */
  static learned(
    base: Pick<NewGroup, 'groupId' | 'state' | 'name' | 'invitedBy' | 'joinedAt'> &
      Partial<Pick<NewGroup, 'secretKey' | 'authData' | 'responseDue'>>,
    ctx: GroupContext,
  ): OpenGroup {
    return new OpenGroup(
      {
        secretKey: null,
        authData: null,
        keysDump: null,
        infoDump: null,
        membersDump: null,
        memberCount: 0,
        responseDue: false,
        ...base,
      },
      ctx,
    );
  }

  get state(): GroupState {
    return this.record.state;
  }

  get isAdmin(): boolean {
    return this.record.secretKey !== null;
  }

  get secretKey(): Uint8Array | null {
    return this.record.secretKey;
  }

  get authData(): Uint8Array | null {
    return this.record.authData;
  }

  get invitedBy(): SessionId | null {
    return this.record.invitedBy;
  }

  get responseDue(): boolean {
    return this.record.responseDue;
  }

  get joinedAt(): number {
    return this.record.joinedAt;
  }

  /** Info's name once read, else the name the invite (or UserGroups) gave. */
  get name(): string {
    return this.info.name ?? this.record.name ?? '';
  }

  /** Our signer for the group's swarm; undefined while we hold neither key nor grant. */
  auth(): SwarmAuth | undefined {
    if (this.record.secretKey) return groupAdminAuth(this.id, this.record.secretKey);
    if (!this.record.authData) return undefined;
    const signer = (this.signer ??= subaccountSigner(
      this.record.authData,
      this.ctx.identity.ed25519.secretKey,
    ));
    return subaccountAuth(this.id, signer.subaccount, (message) => signer.sign(message));
  }

  /** Changes what the row says beyond the dumps (state, grant, name…). */
  patch(p: Partial<Omit<NewGroup, 'groupId' | 'keysDump' | 'infoDump' | 'membersDump'>>): void {
    if (p.authData !== undefined) this.signer = undefined;
    this.record = { ...this.record, ...p };
  }

  /**
   * Promotion: we hold the group key now. Info and Members take their signer once, when built,
   * so both are rebuilt from their dumps with it.
   */
  becomeAdmin(secretKey: Uint8Array): void {
    this.keys.loadAdminKey(secretKey);
    this.patch({ secretKey: groupKeyPairFromSeed(secretKey).secretKey });
    ({ info: this.info, members: this.members } = documents(
      this.keys,
      { infoDump: this.info.dump(), membersDump: this.members.dump() },
      this.ctx.clock,
    ));
  }

  /** Members who are in the group: not marked for removal. */
  current(): GroupMember[] {
    return this.members.all().filter((m) => m.removedStatus === 0);
  }

  admins(): SessionId[] {
    return this.current()
      .filter((m) => m.admin)
      .map((m) => m.sessionId);
  }

  /** The row as it stands: the record with the dumps of whatever changed since it was saved. */
  toRecord(): NewGroup {
    const r = this.record;
    this.record = {
      ...r,
      keysDump: this.keys.needsDump() || !r.keysDump ? this.keys.dump() : r.keysDump,
      infoDump: this.info.needsDump || !r.infoDump ? this.info.dump() : r.infoDump,
      membersDump: this.members.needsDump || !r.membersDump ? this.members.dump() : r.membersDump,
      memberCount: this.members.size > 0 ? this.current().length : r.memberCount,
    };
    return this.record;
  }
}
