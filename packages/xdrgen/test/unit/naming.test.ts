import { describe, expect, it } from 'vitest';
import { camelFromUpperSnake, enumMemberNames, fieldName, typeName } from '../../src/naming.js';

describe('naming', () => {
  it.each([
    ['remote_domain_get_info_ret', 'RemoteDomainGetInfoRet'],
    ['virNetMessageHeader', 'VirNetMessageHeader'],
    ['virNetMessageUUID', 'VirNetMessageUUID'],
    ['a__b_', 'AB'],
  ])('type %s → %s', (xdr, ts) => {
    expect(typeName(xdr)).toBe(ts);
  });

  it.each([
    ['need_results', 'needResults'],
    ['callbackID', 'callbackID'],
    ['hv_ver', 'hvVer'],
    ['uuid', 'uuid'],
  ])('field %s → %s', (xdr, ts) => {
    expect(fieldName(xdr)).toBe(ts);
  });

  it('camel-cases procedure names', () => {
    expect(camelFromUpperSnake('CONNECT_LIST_ALL_DOMAINS')).toBe('connectListAllDomains');
  });

  it('strips the longest common _-separated prefix of enum members', () => {
    expect(enumMemberNames(['REMOTE_AUTH_NONE', 'REMOTE_AUTH_SASL', 'REMOTE_AUTH_POLKIT'], 'remote_auth_type')).toEqual(
      ['None', 'Sasl', 'Polkit'],
    );
    expect(enumMemberNames(['VIR_NET_CALL', 'VIR_NET_CALL_WITH_FDS'], 'virNetMessageType')).toEqual([
      'Call',
      'CallWithFds',
    ]);
  });

  it('strips fewer parts when a name would start with a digit or two names would collide', () => {
    expect(enumMemberNames(['X_MODE_1', 'X_MODE_2'], 'x')).toEqual(['Mode1', 'Mode2']);
    expect(enumMemberNames(['A_B_C', 'A_BC'], 'a')).toEqual(['BC', 'Bc']);
    expect(enumMemberNames(['K_1', 'K_2'], 'k')).toEqual(['K1', 'K2']);
  });

  it('strips only what a lone member shares with the enum name, or a given prefix', () => {
    expect(enumMemberNames(['LXC_PROC_DOMAIN_OPEN_NAMESPACE'], 'lxc_procedure')).toEqual(['ProcDomainOpenNamespace']);
    expect(enumMemberNames(['LXC_PROC_DOMAIN_OPEN_NAMESPACE'], 'lxc_procedure', 'LXC_PROC_')).toEqual([
      'DomainOpenNamespace',
    ]);
    expect(enumMemberNames(['P_ONE', 'OTHER'], 'p', 'P_')).toEqual(['One', 'Other']);
    expect(enumMemberNames(['P_1', 'P_ONE'], 'p', 'P_')).toEqual(['_1', 'One']);
  });
});
