<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('events', function (Blueprint $table) {
            $table->id();
            $table->string('kind')->index();
            $table->index(['kind', 'id']);
        });
        DB::statement('CREATE INDEX CONCURRENTLY users_email_index ON users (email)');
    }

    public function down(): void
    {
        Schema::dropIfExists('events');
    }
};
