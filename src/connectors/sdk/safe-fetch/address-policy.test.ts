import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { embeddedIPv4, isPublicAddress } from './address-policy.ts';

describe('isPublicAddress', () => {
  it('accepts public unicast addresses', () => {
    for (const a of ['93.184.216.34', '1.1.1.1', '2606:4700:4700::1111', '2a00:1450:4007:80e::200e']) assert.equal(isPublicAddress(a), true, a);
  });

  it('refuses private, loopback, link-local, CGNAT, multicast and reserved IPv4', () => {
    for (const a of ['10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '127.0.0.1', '127.8.8.8', '169.254.169.254', '100.64.0.1', '100.127.255.254', '224.0.0.1', '239.255.255.250', '0.0.0.0', '255.255.255.255', '198.18.0.1']) {
      assert.equal(isPublicAddress(a), false, a);
    }
  });

  it('keeps neighbours of refused ranges', () => {
    for (const a of ['172.32.0.1', '100.128.0.1', '11.0.0.1', '192.169.0.1']) assert.equal(isPublicAddress(a), true, a);
  });

  it('refuses IPv6 loopback, unspecified, ULA, link-local and multicast', () => {
    for (const a of ['::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'fe80::1%eth0', 'ff02::1']) assert.equal(isPublicAddress(a), false, a);
  });

  it('judges IPv6 forms that embed IPv4 by the IPv4 address', () => {
    assert.equal(embeddedIPv4('::ffff:127.0.0.1'), '127.0.0.1');
    assert.equal(embeddedIPv4('::ffff:7f00:1'), '127.0.0.1');
    assert.equal(embeddedIPv4('64:ff9b::a00:1'), '10.0.0.1');
    assert.equal(embeddedIPv4('2002:c0a8:101::1'), '192.168.1.1');
    for (const a of ['::ffff:127.0.0.1', '::ffff:a9fe:a9fe', '64:ff9b::10.0.0.1', '2002:c0a8:101::1']) assert.equal(isPublicAddress(a), false, a);
    assert.equal(isPublicAddress('::ffff:8.8.8.8'), true);
  });

  it('refuses what is not an IP address', () => {
    assert.equal(isPublicAddress('localhost'), false);
    assert.equal(isPublicAddress(''), false);
  });
});
