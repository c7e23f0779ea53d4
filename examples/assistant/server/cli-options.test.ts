import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_FILE, DEFAULT_PORT, parseCli } from './cli-options';

describe('parseCli', () => {
  it('defaults to port 4317 and a ledger in the temp folder', () => {
    expect(parseCli([])).toEqual({
      kind: 'run',
      options: { dataFile: DEFAULT_DATA_FILE, port: DEFAULT_PORT, reset: false },
    });
    expect(DEFAULT_PORT).toBe(4317);
  });

  it('reads every flag', () => {
    const command = parseCli([
      '--port=0',
      '--host',
      '::1',
      '--data',
      '/tmp/x/ledger.json',
      '--static',
      'dist',
      '--reset',
      '--currency',
      'eur',
      '--opening-balance',
      '250',
      '--task-price',
      '30',
      '--recharge-min',
      '100',
      '--recharge-max',
      '900',
      '--task-latency',
      '800',
      '--recharge-delay',
      '0',
    ]);
    expect(command).toEqual({
      kind: 'run',
      options: {
        port: 0,
        host: '::1',
        dataFile: '/tmp/x/ledger.json',
        staticDir: 'dist',
        reset: true,
        currency: 'EUR',
        openingBalanceMinor: 250,
        taskPriceMinor: 30,
        rechargeMinMinor: 100,
        rechargeMaxMinor: 900,
        taskLatencyMs: 800,
        rechargeDelayMs: 0,
      },
    });
  });

  it('ignores the separator pnpm passes on', () => {
    expect(parseCli(['--', '--port', '5000'])).toMatchObject({ kind: 'run', options: { port: 5000 } });
  });

  it('asks for help', () => {
    expect(parseCli(['--help'])).toEqual({ kind: 'help' });
    expect(parseCli(['-h'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--port', 'eighty']],
    [['--port', '-1']],
    [['--port', '65536']],
    [['--port', '1.5']],
    [['--task-price', '']],
    [['--unknown']],
    [['stray']],
    [['--port']],
  ])('refuses %j with a message', (argv) => {
    const command = parseCli(argv);
    expect(command.kind).toBe('invalid');
    if (command.kind === 'invalid') expect(command.message.length).toBeGreaterThan(0);
  });
});
