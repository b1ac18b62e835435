// What a message asks of the guided tools before the matcher sees it: a check requested, the
// current step's option in the check's own words, or a word or two that fits no option.
import { describe, expect, it } from '@jest/globals';
import { KnowledgeHolder } from '../../../src/kb/knowledge-holder.js';
import { commandRequest, mistypedChoice, optionRequest } from '../../../src/tools/tool-request.js';
import { KNOWLEDGE_DIR } from './support/real-periods.js';

const { kb } = KnowledgeHolder.open(KNOWLEDGE_DIR).current;
const atFirstStep = { check: { check: 'trigger-moratorium', step: 'body', answers: [] } };

describe('requests for the guided tools', () => {
  it('given "check eligibility" or "/rights check", it asks for the menu; given words naming one check, that check', () => {
    expect(commandRequest(kb, 'check eligibility', undefined)).toEqual({ type: 'request' });
    expect(commandRequest(kb, 'check', undefined)).toEqual({ type: 'request' });
    expect(commandRequest(kb, 'check if our group can trigger the moratorium', undefined)).toEqual({ type: 'request', check: 'trigger-moratorium' });
    expect(commandRequest(kb, "check if we're eligible", undefined)).toEqual({ type: 'request' });
  });

  it('given a question that only starts like a request, it leaves it to the matcher', () => {
    expect(commandRequest(kb, 'eligibility for lottery funding', undefined)).toBeUndefined();
    expect(commandRequest(kb, 'check whether the council has to tell us when the owner wants to sell the pub we nominated last year', undefined)).toBeUndefined();
  });

  it('given the bare verb with a message that names no check ("check its legally sound before we send it"), it leaves it to the matcher and the signposts; with a word or two it is still the menu', () => {
    expect(commandRequest(kb, 'check its legally sound before we send it', undefined)).toBeUndefined();
    expect(commandRequest(kb, 'check the weather for referendum day', undefined)).toBeUndefined();
    expect(commandRequest(kb, 'check please', undefined)).toEqual({ type: 'request' });
    expect(commandRequest(kb, 'run a check on our group and the hall', undefined)).toEqual({ type: 'request' });
  });

  it('given cancel, start again or resume, they are commands only while there is a check', () => {
    expect(commandRequest(kb, 'cancel', atFirstStep)).toEqual({ type: 'cancel' });
    expect(commandRequest(kb, 'Start again', atFirstStep)).toEqual({ type: 'restart' });
    expect(commandRequest(kb, 'resume', atFirstStep)).toEqual({ type: 'resume' });
    expect(commandRequest(kb, 'cancel', undefined)).toBeUndefined();
  });

  it("given the check's own words for an option, it picks that option; a paused check's words pick nothing", () => {
    expect(optionRequest(kb, 'charity', atFirstStep)).toEqual({ type: 'id', id: 'check--trigger-moratorium--body--charity' });
    expect(optionRequest(kb, 'unincorporated', atFirstStep)).toEqual({ type: 'id', id: 'check--trigger-moratorium--body--informal' });
    expect(optionRequest(kb, 'charity', { check: { ...atFirstStep.check, paused: true } })).toBeUndefined();
  });

  it('given a word or two that fits no option during a check, it is a mistyped choice; a question mark or more words make it a question', () => {
    expect(mistypedChoice('banana', atFirstStep, true)).toEqual({ type: 'notUnderstood' });
    expect(mistypedChoice("what's a CIC?", atFirstStep, true)).toBeUndefined();
    expect(mistypedChoice('how long does a listing last', atFirstStep, true)).toBeUndefined();
    expect(mistypedChoice('banana', undefined, true)).toBeUndefined();
  });
});
