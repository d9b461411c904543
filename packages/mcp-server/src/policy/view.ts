import type { HostConfig, SecurityConfig } from '../config/schema.js';
import type { ToolPolicyView } from '../tools/define-tool.js';
import { TargetFilters } from './targets.js';
import { checkXml } from './xml-policy.js';

/**
 * What a tool sees of the policy on one host: the host's target filters, the XML policy (which
 * also holds names in the XML to the host's filters, so a define cannot overwrite a hidden
 * domain nor a disk use a hidden pool), and whether secure XML may be returned.
 */
export function policyView(host: HostConfig, security: SecurityConfig): ToolPolicyView {
  const filters = new TargetFilters(host);
  const targets = { host: host.name, allows: filters.allows.bind(filters) };
  return {
    allowsTarget: (kind, name) => filters.allows(kind, name),
    checkXml: (kind, xml) => {
      checkXml(kind, xml, security, targets);
    },
    allowSecureXml: security.allow_secure_xml,
  };
}
