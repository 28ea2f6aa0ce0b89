/**
 * The page's script that keeps `/` and the query typed after it until the app runs (see earlySearch.ts). A
 * module of its own, for the build: the app's code never carries the script's text.
 */
import { TYPING } from '../player/earlyPlayer.ts';
import { SEARCH_BUTTON_ID } from './SearchButton.tsx';
import './earlySearch.ts';

export const EARLY_SEARCH_SCRIPT = [
  'addEventListener("keydown",function(e){',
  'var q=window.__earlySearch,el=e.target,k=e.key;',
  'if(q===null||window.__earlyClicks===null||e.defaultPrevented||e.ctrlKey||e.metaKey||e.altKey||e.isComposing)return;',
  `if(!document.getElementById(${JSON.stringify(SEARCH_BUTTON_ID)})||(el&&el.closest&&el.closest(${JSON.stringify(TYPING)})))return;`,
  'if(typeof q!=="string"){if(k!=="/")return;q=""}',
  'else if(k==="Escape")q=undefined;',
  'else if(k==="Backspace")q=q.replace(/[\\uD800-\\uDBFF]?[\\s\\S]$/,"");',
  // One character (a pair of surrogates is one too): not Enter, Tab, arrows and the like.
  'else if(/^(?:[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[^\\uD800-\\uDFFF])$/.test(k))q+=k;',
  'else return;',
  'window.__earlySearch=q;e.preventDefault()},true);',
].join('');
