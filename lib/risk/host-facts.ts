// What the risk engine needs to know about a host: its site, and whether it is an IP, private or loopback.
import type { HostFacts } from './judge-page';
import { isLoopback, isPrivateAddress } from '../site/ip';
import { siteInfo } from '../site/registrable-domain';

export function hostFactsOf(host: string): HostFacts {
  const info = siteInfo(host);
  return {
    host: info.host,
    site: info.site,
    isIp: info.isIp,
    isPrivate: isPrivateAddress(info.host),
    isLoopback: isLoopback(info.host),
  };
}
