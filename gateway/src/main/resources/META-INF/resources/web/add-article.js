// The add-article form: sends the article to POST /api/articles with the editor's bearer token, as the API asks,
// and shows what it answered. Served as a file: the pages' Content-Security-Policy allows no inline script.
// Every value the API sends back is written with textContent, never as markup.
(function () {
  'use strict';
  var form = document.getElementById('add-article');
  var result = document.getElementById('add-result');
  if (!form || !result) {
    return;
  }

  function say(text, link) {
    result.textContent = '';
    var paragraph = document.createElement('p');
    paragraph.textContent = text;
    result.appendChild(paragraph);
    if (link) {
      var anchor = document.createElement('a');
      anchor.href = link.href;
      anchor.textContent = link.text;
      result.appendChild(anchor);
    }
    result.focus();
  }

  function value(name) {
    var field = form.elements[name];
    return field ? field.value.trim() : '';
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var token = value('token').replace(/^Bearer\s+/i, '');
    if (!token) {
      say('Writes need an editor token: paste one into "Editor token" (./run prints one).');
      return;
    }
    var article = { title: value('title'), body: value('body'), source: value('source') };
    if (value('url')) { article.url = value('url'); }
    if (value('publishedAt')) { article.publishedAt = value('publishedAt'); }
    say('Sending...');
    fetch('/api/articles', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + token },
      body: JSON.stringify(article),
      credentials: 'omit'
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (response.status === 201 || response.status === 200) {
          say(response.status === 201 ? 'Added. Its analysis follows in a few seconds.' : 'Already stored: nothing added.',
            { href: '/articles/' + encodeURIComponent(body.id), text: 'Open the article' });
        } else if (response.status === 401) {
          say('The token was refused (missing, expired or not signed by this Crosscheck): writes need a valid editor token.');
        } else if (response.status === 403) {
          say('This token may not add articles: it needs the role editor.');
        } else {
          var fields = (body.errors || []).map(function (e) { return e.field + ' ' + e.message; }).join('; ');
          say('Not added (HTTP ' + response.status + '): ' + (body.detail || body.title || '') + (fields ? ' (' + fields + ')' : ''));
        }
      });
    }).catch(function () {
      say('The gateway could not be reached: nothing was sent.');
    });
  });
}());
