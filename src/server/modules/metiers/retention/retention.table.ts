// Tables of the métiers module's retention part: reasons to stay: the Point de chute network, housing near workplaces, childcare with staggered hours, the listening line's callback slots.
export {}
