/*
 * A fake YouTube IFrame Player API, served in place of https://www.youtube.com/iframe_api.
 *
 * It behaves like the real one as far as a page can tell (constructor, events with the real state and error
 * codes, getters, seeking rules), but its clock never moves by itself: tests move it with
 * `window.__fakeYouTube.advance(seconds)` or `.setTime(seconds)`, so every run is deterministic.
 *
 * Options, set before the page loads as `window.__fakeYouTubeOptions`:
 *   duration   video length in seconds (default 3800)
 *   errorCode  fire onError with this code once the player is ready (2, 5, 100, 101, 150)
 *   neverReady the player never fires onReady
 *   seekLatency how many advance() steps after a seekTo the player still reports the old time, as the real
 *              one does while it fetches the new position (default 0: a seek lands at once)
 */
(function () {
  'use strict';
  var options = Object.assign(
    { duration: 3800, errorCode: null, neverReady: false, seekLatency: 0 },
    window.__fakeYouTubeOptions || {},
  );
  var State = { UNSTARTED: -1, ENDED: 0, PLAYING: 1, PAUSED: 2, BUFFERING: 3, CUED: 5 };
  var players = [];
  var calls = [];
  var events = [];
  var pending = 0;

  // Real player events arrive asynchronously (postMessage from the iframe): so do these.
  function later(fn) {
    pending++;
    setTimeout(function () {
      pending--;
      fn();
    }, 0);
  }

  function Player(elementOrId, config) {
    if (!(this instanceof Player)) throw new Error('YT.Player must be called with new');
    var element = typeof elementOrId === 'string' ? document.getElementById(elementOrId) : elementOrId;
    if (!element) throw new Error('YT.Player: no element ' + elementOrId);
    config = config || {};
    var vars = config.playerVars || {};
    this._handlers = config.events || {};
    this._videoId = config.videoId || null;
    this._playerVars = vars;
    this._time = Math.max(0, Number(vars.start) || 0);
    this._state = State.UNSTARTED;
    this._rate = 1;
    this._volume = 100;
    this._muted = false;
    this._destroyed = false;
    this._ready = false;
    // A seek that has not landed yet: getCurrentTime() answers `staleTime` for `steps` more advance() steps.
    this._landing = null;

    var iframe = document.createElement('iframe');
    iframe.id = element.id;
    if (element.className) iframe.className = element.className;
    iframe.title = config.title || 'YouTube video player';
    iframe.width = String(config.width || 640);
    iframe.height = String(config.height || 360);
    iframe.setAttribute('data-fake-youtube', this._videoId || '');
    element.replaceWith(iframe);
    // The real player is a page of YouTube's own, which the app's Content-Security-Policy does not govern. This
    // one is the frame's empty first document, which inherits that policy: drawn through the DOM and CSSOM (which
    // the policy leaves alone) rather than markup with style attributes or a <style>, which it would refuse.
    var screen = iframe.contentDocument;
    if (screen && screen.body) {
      screen.body.textContent = 'Fake video ' + String(this._videoId).replace(/[^\w-]/g, '');
      screen.body.style.cssText =
        'margin:0;height:100vh;display:grid;place-items:center;background:#111;color:#eee;' +
        'font:16px system-ui,sans-serif';
    }
    this._iframe = iframe;
    players.push(this);

    var self = this;
    later(function () {
      if (self._destroyed || options.neverReady) return;
      self._ready = true;
      if (self._videoId) self._state = State.CUED;
      self._fire('onReady');
      if (options.errorCode != null)
        later(function () {
          self._fire('onError', options.errorCode);
        });
    });
  }

  Player.prototype._fire = function (name, data) {
    events.push({ name: name, data: data });
    var handler = this._handlers[name];
    if (typeof handler === 'function' && !this._destroyed) handler({ target: this, data: data });
  };

  Player.prototype._setState = function (state) {
    var self = this;
    if (self._state === state) return;
    self._state = state;
    later(function () {
      self._fire('onStateChange', state);
    });
  };

  Player.prototype._log = function (method, args) {
    calls.push({ method: method, args: Array.prototype.slice.call(args), time: this._time });
  };

  Player.prototype._play = function () {
    if (options.errorCode != null) return;
    if (this._state === State.ENDED) this._time = 0;
    this._setState(State.BUFFERING);
    this._setState(State.PLAYING);
  };

  Player.prototype.playVideo = function () {
    this._log('playVideo', arguments);
    this._play();
  };
  Player.prototype.pauseVideo = function () {
    this._log('pauseVideo', arguments);
    if (this._state === State.PLAYING || this._state === State.BUFFERING) this._setState(State.PAUSED);
  };
  Player.prototype.stopVideo = function () {
    this._log('stopVideo', arguments);
    this._setState(State.UNSTARTED);
  };
  // As documented: a paused player stays paused; from any other state (cued, unstarted, ended) it plays.
  Player.prototype.seekTo = function (seconds) {
    this._log('seekTo', arguments);
    var before = this.getCurrentTime();
    this._time = Math.min(Math.max(0, Number(seconds) || 0), options.duration);
    this._landing = options.seekLatency > 0 ? { staleTime: before, steps: options.seekLatency } : null;
    if (this._state !== State.PAUSED && this._state !== State.PLAYING) this._play();
  };
  Player.prototype.cueVideoById = function (idOrOptions, start) {
    this._log('cueVideoById', arguments);
    this._videoId = typeof idOrOptions === 'object' ? idOrOptions.videoId : idOrOptions;
    this._time = Number(typeof idOrOptions === 'object' ? idOrOptions.startSeconds : start) || 0;
    this._setState(State.CUED);
  };
  Player.prototype.loadVideoById = function (idOrOptions, start) {
    this._log('loadVideoById', arguments);
    this._videoId = typeof idOrOptions === 'object' ? idOrOptions.videoId : idOrOptions;
    this._time = Number(typeof idOrOptions === 'object' ? idOrOptions.startSeconds : start) || 0;
    this._play();
  };
  Player.prototype.getCurrentTime = function () {
    return this._landing ? this._landing.staleTime : this._time;
  };
  Player.prototype.getDuration = function () {
    return this._ready ? options.duration : 0;
  };
  Player.prototype.getPlayerState = function () {
    return this._state;
  };
  Player.prototype.getPlaybackRate = function () {
    return this._rate;
  };
  Player.prototype.setPlaybackRate = function (rate) {
    this._log('setPlaybackRate', arguments);
    var self = this;
    self._rate = Number(rate) || 1;
    later(function () {
      self._fire('onPlaybackRateChange', self._rate);
    });
  };
  Player.prototype.getAvailablePlaybackRates = function () {
    return [0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];
  };
  Player.prototype.getVideoLoadedFraction = function () {
    return 1;
  };
  Player.prototype.getVideoUrl = function () {
    return 'https://www.youtube.com/watch?v=' + this._videoId;
  };
  Player.prototype.getVideoData = function () {
    return { video_id: this._videoId, title: 'Fake video' };
  };
  Player.prototype.getVolume = function () {
    return this._volume;
  };
  Player.prototype.setVolume = function (volume) {
    this._volume = volume;
  };
  Player.prototype.mute = function () {
    this._muted = true;
  };
  Player.prototype.unMute = function () {
    this._muted = false;
  };
  Player.prototype.isMuted = function () {
    return this._muted;
  };
  Player.prototype.setSize = function (width, height) {
    this._iframe.width = String(width);
    this._iframe.height = String(height);
  };
  Player.prototype.getIframe = function () {
    return this._iframe;
  };
  Player.prototype.addEventListener = function (name, handler) {
    this._handlers[name] = handler;
  };
  Player.prototype.removeEventListener = function (name) {
    delete this._handlers[name];
  };
  Player.prototype.destroy = function () {
    this._log('destroy', arguments);
    this._destroyed = true;
    if (this._iframe.parentNode) this._iframe.remove();
  };

  function current() {
    for (var i = players.length - 1; i >= 0; i--) if (!players[i]._destroyed) return players[i];
    return null;
  }

  window.YT = { Player: Player, PlayerState: State, loaded: 1 };

  /** What tests drive and inspect. */
  window.__fakeYouTube = {
    State: State,
    calls: calls,
    events: events,
    /** How many events (ready, state changes…) are on their way to the page: 0 once it has heard them all. */
    pending: function () {
      return pending;
    },
    players: function () {
      return players.map(function (p) {
        return { videoId: p._videoId, destroyed: p._destroyed, start: p._playerVars.start };
      });
    },
    current: function () {
      var p = current();
      return (
        p && {
          videoId: p._videoId,
          time: p._time,
          reportedTime: p.getCurrentTime(),
          state: p._state,
          rate: p._rate,
          playerVars: p._playerVars,
        }
      );
    },
    /** Moves the clock of a playing video, as `seconds` of playback at its rate would. */
    advance: function (seconds) {
      var p = current();
      if (!p || p._state !== State.PLAYING) return false;
      if (p._landing) {
        // Still fetching the new position: the clock waits until the seek lands.
        if (--p._landing.steps <= 0) p._landing = null;
        return true;
      }
      p._time = Math.min(options.duration, p._time + seconds * p._rate);
      if (p._time >= options.duration) p._setState(State.ENDED);
      return true;
    },
    setTime: function (seconds) {
      var p = current();
      if (!p) return;
      p._time = seconds;
      p._landing = null;
    },
    /** The viewer uses YouTube's own controls. */
    userPlay: function () {
      var p = current();
      if (p) p._play();
    },
    userPause: function () {
      var p = current();
      if (p) p._setState(State.PAUSED);
    },
    fail: function (code) {
      var p = current();
      if (p) p._fire('onError', code);
    },
  };

  if (typeof window.onYouTubeIframeAPIReady === 'function') later(window.onYouTubeIframeAPIReady);
})();
