import type { Channel, OutputOf, ParsedInputOf } from '../../shared/contract';
import type { ServiceContext } from '../services/context';

export type Handler<C extends Channel> = (input: ParsedInputOf<C>, ctx: ServiceContext) => OutputOf<C> | Promise<OutputOf<C>>;

/** One handler per channel of the contract; the compiler reports a missing or extra one. */
export type Handlers = { [C in Channel]: Handler<C> };
export type HandlerGroup<K extends Channel> = { [C in K]: Handler<C> };
