/**
 * Danish stop words: function words that carry no meaning in a search ("hjælp til at handle" is
 * searched as "hjælp handle"). Meilisearch has no Danish list of its own. Kept short on purpose:
 * words that can be a need or a target group ("alle", "alene", "hjælp") are not stop words, nor "have", which is also "garden".
 */
export const DANISH_STOP_WORDS: readonly string[] = [
  'ad', 'af', 'at', 'da', 'de', 'dem', 'den', 'denne', 'der', 'deres', 'det', 'dette', 'dig', 'din',
  'disse', 'dog', 'du', 'efter', 'eller', 'en', 'end', 'er', 'et', 'for', 'fra', 'ham', 'han', 'hans',
  'har', 'havde', 'hende', 'hendes', 'her', 'hos', 'hun', 'hvad', 'hvis', 'hvor', 'i', 'ikke',
  'ind', 'jeg', 'jer', 'jo', 'kunne', 'man', 'mange', 'med', 'meget', 'men', 'mig', 'min', 'mine', 'mit',
  'mod', 'ned', 'noget', 'nogle', 'nu', 'når', 'og', 'også', 'om', 'op', 'os', 'over', 'på', 'sig',
  'sin', 'sine', 'sit', 'skal', 'skulle', 'som', 'sådan', 'thi', 'til', 'ud', 'under', 'var', 'vi',
  'vil', 'ville', 'vor', 'være', 'været',
];
