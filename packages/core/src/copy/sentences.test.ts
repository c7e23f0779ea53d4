import { describe, expect, it } from 'vitest';
import { joinSentences } from './sentences';

describe('joinSentences', () => {
  it('puts a space between sentences where the language does', () => {
    expect(joinSentences(['Your balance ran out.', '', 'Add funds.'], 'en')).toBe(
      'Your balance ran out. Add funds.',
    );
    expect(joinSentences(['잔액이 소진됐어요.', '충전해 주세요.'], 'ko')).toBe(
      '잔액이 소진됐어요. 충전해 주세요.',
    );
  });

  it('runs sentences together in Chinese and Japanese', () => {
    expect(joinSentences(['残高がなくなりました。', 'チャージしてください。'], 'ja')).toBe(
      '残高がなくなりました。チャージしてください。',
    );
    expect(joinSentences(['余额已用完。', '请充值。'], 'zh-CN')).toBe('余额已用完。请充值。');
  });
});
